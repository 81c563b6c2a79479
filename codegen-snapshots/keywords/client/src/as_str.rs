//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::as_str`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsStrParams {
    pub as_str2: ::std::option::Option<::std::string::String>,
    pub as_str3: ::std::option::Option<::std::string::String>,
    pub as_str4: ::std::option::Option<::std::string::String>,
}
impl AsStrParams {
    /// Sets `as_str2`.
    #[must_use]
    pub fn as_str2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as_str2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `as_str3`.
    #[must_use]
    pub fn as_str3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as_str3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `as_str4`.
    #[must_use]
    pub fn as_str4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as_str4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::as_str`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsStrOkHeaders {
    pub as_str: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::as_str`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsStrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsStrOkHeaders },
}
/// Documented error responses of [`super::Client::as_str`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsStrError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::as_str_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsStrPostError {}
impl super::Client {
    /// */ operation as_str "#
    ///
    /// `GET /op207/{as_str}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn as_str(
        &self,
        as_str: &str,
        params: &AsStrParams,
    ) -> ::std::result::Result<AsStrResponse, super::Error<AsStrError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op207/");
        url.push_str(
            &super::runtime::path_param(
                "as_str",
                &super::runtime::to_value("as_str", &as_str)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.as_str2 {
            let v = super::runtime::to_value("as_str", v)?;
            super::runtime::push_param(&mut query, "as_str", &v, "form", true);
        }
        if let Some(v) = &params.as_str3 {
            let v = super::runtime::to_value("as_str", v)?;
            headers.push(("as_str", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.as_str4 {
            let v = super::runtime::to_value("as_str", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "as_str", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[207usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("as_str", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "as_str", method = "GET", path =
            "/op207/{as_str}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("as_str", status, &response_headers);
        match status {
            200 => {
                let headers = AsStrOkHeaders {
                    as_str: super::runtime::optional_header(
                        &response_headers,
                        "as_str",
                        status,
                    )?,
                };
                Ok(AsStrResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AsStrError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AsStrError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AsStrError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op207/{as_str}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn as_str_post(
        &self,
        as_str: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AsStrPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op207/");
        url.push_str(
            &super::runtime::path_param(
                "as_str",
                &super::runtime::to_value("as_str", &as_str)?,
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
            .run_request_hooks("as_str_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "as_str_post", method = "POST", path =
            "/op207/{as_str}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("as_str_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AsStrPostError,
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
