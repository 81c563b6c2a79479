//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::move`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParams {
    pub move2: ::std::option::Option<::std::string::String>,
    pub move3: ::std::option::Option<::std::string::String>,
    pub move4: ::std::option::Option<::std::string::String>,
}
impl MoveParams {
    /// Sets `move2`.
    #[must_use]
    pub fn move2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.move2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `move3`.
    #[must_use]
    pub fn move3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.move3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `move4`.
    #[must_use]
    pub fn move4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.move4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::move`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveOkHeaders {
    pub r#move: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::move`].
#[derive(Debug, Clone, PartialEq)]
pub enum MoveResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MoveOkHeaders },
}
/// Documented error responses of [`super::Client::move`].
#[derive(Debug, Clone, PartialEq)]
pub enum MoveError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::move_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MovePostError {}
impl super::Client {
    /// */ operation move "#
    ///
    /// `GET /op18/{move}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#move(
        &self,
        r#move: &str,
        params: &MoveParams,
    ) -> ::std::result::Result<MoveResponse, super::Error<MoveError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op18/");
        url.push_str(
            &super::runtime::path_param(
                "move",
                &super::runtime::to_value("move", &r#move)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.move2 {
            let v = super::runtime::to_value("move", v)?;
            super::runtime::push_param(&mut query, "move", &v, "form", true);
        }
        if let Some(v) = &params.move3 {
            let v = super::runtime::to_value("move", v)?;
            headers.push(("move", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.move4 {
            let v = super::runtime::to_value("move", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "move", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[18usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("move", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "move", method = "GET", path =
            "/op18/{move}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("move", status, &response_headers);
        match status {
            200 => {
                let headers = MoveOkHeaders {
                    r#move: super::runtime::optional_header(
                        &response_headers,
                        "move",
                        status,
                    )?,
                };
                Ok(MoveResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MoveError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MoveError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MoveError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op18/{move}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn move_post(
        &self,
        r#move: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MovePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op18/");
        url.push_str(
            &super::runtime::path_param(
                "move",
                &super::runtime::to_value("move", &r#move)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("move_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "move_post", method = "POST", path =
            "/op18/{move}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("move_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MovePostError,
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
