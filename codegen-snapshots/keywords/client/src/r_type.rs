//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::r_type`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RTypeParams {
    pub r_type2: ::std::option::Option<::std::string::String>,
    pub r_type3: ::std::option::Option<::std::string::String>,
    pub r_type4: ::std::option::Option<::std::string::String>,
}
impl RTypeParams {
    /// Sets `r_type2`.
    #[must_use]
    pub fn r_type2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_type2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_type3`.
    #[must_use]
    pub fn r_type3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_type3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_type4`.
    #[must_use]
    pub fn r_type4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_type4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::r_type`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RTypeOkHeaders {
    pub r_type: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::r_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum RTypeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RTypeOkHeaders },
}
/// Documented error responses of [`super::Client::r_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum RTypeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::r_type_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RTypePostError {}
impl super::Client {
    /// */ operation r#type "#
    ///
    /// `GET /op61/{r#type}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r_type(
        &self,
        r_type: &str,
        params: &RTypeParams,
    ) -> ::std::result::Result<RTypeResponse, super::Error<RTypeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op61/");
        url.push_str(
            &super::runtime::path_param(
                "r#type",
                &super::runtime::to_value("r#type", &r_type)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.r_type2 {
            let v = super::runtime::to_value("r#type", v)?;
            super::runtime::push_param(&mut query, "r#type", &v, "form", true);
        }
        if let Some(v) = &params.r_type3 {
            let v = super::runtime::to_value("r#type", v)?;
            headers.push(("r#type", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.r_type4 {
            let v = super::runtime::to_value("r#type", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "r#type", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[61usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("r_type", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "r#type", method = "GET", path =
            "/op61/{r#type}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("r_type", status, &response_headers);
        match status {
            200 => {
                let headers = RTypeOkHeaders {
                    r_type: super::runtime::optional_header(
                        &response_headers,
                        "r#type",
                        status,
                    )?,
                };
                Ok(RTypeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RTypeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RTypeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RTypeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op61/{r#type}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r_type_post(
        &self,
        r_type: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RTypePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op61/");
        url.push_str(
            &super::runtime::path_param(
                "r#type",
                &super::runtime::to_value("r#type", &r_type)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("r_type_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "r#type_post", method = "POST", path =
            "/op61/{r#type}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("r_type_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RTypePostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
