//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::to_string`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToStringParams {
    pub to_string2: ::std::option::Option<::std::string::String>,
    pub to_string3: ::std::option::Option<::std::string::String>,
    pub to_string4: ::std::option::Option<::std::string::String>,
}
impl ToStringParams {
    /// Sets `to_string2`.
    #[must_use]
    pub fn to_string2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string3`.
    #[must_use]
    pub fn to_string3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string4`.
    #[must_use]
    pub fn to_string4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::to_string`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToStringOkHeaders {
    pub to_string: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::to_string`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToStringResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ToStringOkHeaders },
}
/// Documented error responses of [`super::Client::to_string`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToStringError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::to_string_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToStringPostError {}
impl super::Client {
    /// */ operation ToString "#
    ///
    /// `GET /op125/{ToString}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_string(
        &self,
        to_string: &str,
        params: &ToStringParams,
    ) -> ::std::result::Result<ToStringResponse, super::Error<ToStringError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op125/");
        url.push_str(
            &super::runtime::path_param(
                "ToString",
                &super::runtime::to_value("ToString", &to_string)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.to_string2 {
            let v = super::runtime::to_value("ToString", v)?;
            super::runtime::push_param(&mut query, "ToString", &v, "form", true);
        }
        if let Some(v) = &params.to_string3 {
            let v = super::runtime::to_value("ToString", v)?;
            headers.push(("ToString", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.to_string4 {
            let v = super::runtime::to_value("ToString", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "ToString", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[125usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("to_string", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ToString", method = "GET", path =
            "/op125/{ToString}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_string", status, &response_headers);
        match status {
            200 => {
                let headers = ToStringOkHeaders {
                    to_string: super::runtime::optional_header(
                        &response_headers,
                        "ToString",
                        status,
                    )?,
                };
                Ok(ToStringResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ToStringError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ToStringError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ToStringError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op125/{ToString}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_string_post(
        &self,
        to_string: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ToStringPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op125/");
        url.push_str(
            &super::runtime::path_param(
                "ToString",
                &super::runtime::to_value("ToString", &to_string)?,
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
            .run_request_hooks("to_string_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ToString_post", method = "POST", path =
            "/op125/{ToString}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_string_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ToStringPostError,
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
